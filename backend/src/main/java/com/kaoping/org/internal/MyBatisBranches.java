package com.kaoping.org.internal;

import com.kaoping.org.Branch;
import com.kaoping.org.Branches;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
record MyBatisBranches(BranchMapper mapper) implements Branches {
    @Override
    public List<Branch> listActive() {
        return mapper.listActive();
    }

    @Override
    public Optional<Branch> find(String code) {
        return Optional.ofNullable(mapper.find(code));
    }
}
