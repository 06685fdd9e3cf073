package com.kaoping.org.internal;

import com.kaoping.org.OrgUnit;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OrgUnitMapper {

    List<OrgUnit> list();

    OrgUnit find(@Param("code") String code);
}
