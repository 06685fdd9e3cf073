package com.kaoping.standard.internal;

import java.util.List;

/** The columns of a published standard table, found by their header's name wherever they stand. */
enum TableColumn {
    CATEGORY(false, "考核分类", "分类", "考核类别"),
    PRIMARY(true, "一级指标"),
    SECONDARY(true, "二级指标"),
    ITEM(true, "评分项", "考核内容", "考核项目"),
    RULES(true, "评分说明", "评分标准", "扣分标准", "考核标准"),
    POINTS(true, "考核分值", "分值", "标准分值"),
    DEPARTMENT(false, "归口部门", "责任部门", "考核部门");

    final boolean required;
    final List<String> headers;

    TableColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    /** The header as written by the exporter. */
    String header() {
        return headers.get(0);
    }

    /** The column a header cell names (whitespace and line breaks ignored), or null. */
    static TableColumn named(String cell) {
        String name = cell == null ? "" : cell.replaceAll("\\s+", "");
        for (TableColumn c : values()) {
            if (c.headers.contains(name)) {
                return c;
            }
        }
        return null;
    }
}
