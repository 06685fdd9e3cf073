package com.kaoping.security.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ApiTokenMapper {

    ApiTokenRow findByHash(@Param("hash") String hash);

    List<ApiTokenRow> ofUser(@Param("username") String username);

    int countOfUser(@Param("username") String username);

    void insert(ApiTokenRow row);

    int delete(@Param("id") long id, @Param("username") String username);

    void touch(@Param("id") long id, @Param("at") Instant at);
}
