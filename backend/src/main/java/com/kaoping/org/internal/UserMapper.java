package com.kaoping.org.internal;

import com.kaoping.org.Role;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface UserMapper {

    UserRow findByUsername(@Param("username") String username);

    List<UserRow> listAll();

    int countByRole(@Param("role") Role role);

    void insert(UserRow user);
}
