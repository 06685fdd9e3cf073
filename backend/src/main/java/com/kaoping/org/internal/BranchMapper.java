package com.kaoping.org.internal;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface BranchMapper {

    boolean exists(@Param("code") String code);

    void insert(@Param("code") String code, @Param("name") String name);
}
