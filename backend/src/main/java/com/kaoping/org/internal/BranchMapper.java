package com.kaoping.org.internal;

import com.kaoping.org.Branch;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface BranchMapper {

    List<Branch> listActive();

    Branch find(@Param("code") String code);

    boolean exists(@Param("code") String code);

    void insert(@Param("code") String code, @Param("name") String name);
}
