package com.kaoping.notification.internal;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PreferenceMapper {

    PreferenceRow find(@Param("username") String username);

    /** The users among these who want mail and gave an address. */
    List<PreferenceRow> mailRecipients(@Param("usernames") Collection<String> usernames);

    void upsert(@Param("row") PreferenceRow row);
}
