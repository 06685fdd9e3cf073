package com.kaoping.org.internal;

import com.kaoping.org.OrgUnit;
import com.kaoping.org.OrgUnits;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
record MyBatisOrgUnits(OrgUnitMapper mapper) implements OrgUnits {
    @Override
    public List<OrgUnit> list() {
        return mapper.list();
    }

    @Override
    public Optional<OrgUnit> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(mapper.find(code));
    }
}
