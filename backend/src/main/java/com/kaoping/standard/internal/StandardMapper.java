package com.kaoping.standard.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface StandardMapper {

    /** All versions without their content, newest first. */
    List<StandardRow> listSummaries();

    StandardRow find(@Param("code") String code, @Param("version") int version);

    /** The newest version, without content. */
    StandardRow findLatest(@Param("code") String code);

    /** The active version, without content. */
    StandardRow findActive();

    /** Locks the version's row until the transaction ends, so two imports of it cannot interleave. */
    StandardRow findForUpdate(@Param("code") String code, @Param("version") int version);

    void insert(StandardRow row);

    int replaceContent(StandardRow row);

    int markInUse(@Param("code") String code, @Param("version") int version);

    int countActive();

    int activate(@Param("id") long id);
}
