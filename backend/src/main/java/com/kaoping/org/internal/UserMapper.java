package com.kaoping.org.internal;

import com.kaoping.org.Role;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface UserMapper {

    UserRow findByUsername(@Param("username") String username);

    List<UserRow> listAll();

    /** Enabled users of a role, narrowed to a branch or an org unit where given. */
    List<UserRow> listEnabled(
            @Param("role") Role role, @Param("branchCode") String branchCode, @Param("orgUnitCode") String orgUnitCode);

    int countByRole(@Param("role") Role role);

    void insert(UserRow user);

    /** Everything but the username, id and creation time. */
    int update(UserRow user);

    /** The same password in a stronger encoding: nothing else changes. */
    int updatePasswordHash(@Param("username") String username, @Param("passwordHash") String passwordHash);
}
