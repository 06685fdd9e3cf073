package com.kaoping.org.internal;

import com.kaoping.org.Branch;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface BranchMapper {

    List<Branch> listActive();

    /** Active or not, ordered by code. */
    List<Branch> listAll();

    Branch find(@Param("code") String code);

    boolean exists(@Param("code") String code);

    void insert(@Param("code") String code, @Param("name") String name);

    int update(@Param("code") String code, @Param("name") String name, @Param("active") boolean active);
}
