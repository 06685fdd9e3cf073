package com.kaoping.org.internal;

import com.kaoping.org.OrgUnit;
import com.kaoping.org.OrgUnits;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
class MyBatisOrgUnits implements OrgUnits {

    private final OrgUnitMapper mapper;

    MyBatisOrgUnits(OrgUnitMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<OrgUnit> list() {
        return mapper.list();
    }

    @Override
    public Optional<OrgUnit> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(mapper.find(code));
    }
}
