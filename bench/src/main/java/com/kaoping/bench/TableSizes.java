package com.kaoping.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bytes on disk per assessment (issue 11: history within 60 KB per assessment, indexes included): every table of the
 * bench database after ANALYZE TABLE, data and index lengths as InnoDB counts them (whole 16 KB pages), exact row
 * counts, and the sums of Camunda's history (ACT_HI_*) and of Kaoping's tables (kp_*) divided by the assessments.
 */
final class TableSizes {

    private TableSizes() {}

    static void print(JdbcTemplate jdbc, int assessments) {
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()", String.class);
        for (String table : tables) {
            jdbc.queryForList("ANALYZE TABLE `" + table + "`");
        }
        long history = 0;
        long kaoping = 0;
        long runtime = 0;
        for (Map<String, Object> row : jdbc.queryForList("SELECT table_name AS t, data_length AS d, index_length AS i"
                + " FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY data_length + index_length"
                + " DESC")) {
            String table = (String) row.get("t");
            long data = ((Number) row.get("d")).longValue();
            long index = ((Number) row.get("i")).longValue();
            Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "`", Long.class);
            String upper = table.toUpperCase(Locale.ROOT);
            if (upper.startsWith("ACT_HI_")) {
                history += data + index;
            } else if (upper.startsWith("KP_")) {
                kaoping += data + index;
            } else if (upper.startsWith("ACT_RU_") || upper.startsWith("ACT_GE_")) {
                runtime += data + index;
            }
            if (data + index > 16384 * 2) {
                System.out.printf(
                        Locale.ROOT,
                        "table %-28s rows %8d data %8.1f KB index %8.1f KB per assessment %6.2f KB, %5.1f rows%n",
                        table,
                        rows,
                        data / 1024.0,
                        index / 1024.0,
                        (data + index) / 1024.0 / assessments,
                        rows / (double) assessments);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "RESULT bytes per assessment (data + indexes): history ACT_HI_* %.1f KB (target <= 60 KB),"
                        + " Kaoping kp_* %.1f KB, runtime ACT_RU_*/ACT_GE_* %.1f KB%n",
                history / 1024.0 / assessments,
                kaoping / 1024.0 / assessments,
                runtime / 1024.0 / assessments);
    }
}
