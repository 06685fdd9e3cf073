package com.kaoping.workflow.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Offers the history level {@value AuditHistoryLevel#NAME} to the engine ({@code camunda.bpm.history-level}), and
 * moves a database that an earlier release started with level full over to it before the engine compares the two
 * (it refuses to start on a mismatch). The history already written stays as it is (docs/reliability.md, "History").
 */
@Component
class AuditHistoryPlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(AuditHistoryPlugin.class);
    private static final String PROPERTY = "historyLevel";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        levels.add(new AuditHistoryLevel());
        configuration.setCustomHistoryLevels(levels);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getHistoryLevel() instanceof AuditHistoryLevel) {
            moveStoredLevel(configuration.getDataSource(), configuration.getDatabaseTablePrefix());
        }
    }

    /** Level full (3) as stored by an earlier release becomes this level; a fresh database has no row yet. */
    static void moveStoredLevel(DataSource dataSource, String prefix) {
        String table = (prefix == null ? "" : prefix) + "ACT_GE_PROPERTY";
        try (Connection connection = dataSource.getConnection()) {
            if (!exists(connection, table)) {
                return;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table + " SET VALUE_ = ?, REV_ = REV_ + 1 WHERE NAME_ = ? AND VALUE_ = ?")) {
                update.setString(1, Integer.toString(AuditHistoryLevel.ID));
                update.setString(2, PROPERTY);
                update.setString(3, Integer.toString(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
                if (update.executeUpdate() > 0) {
                    if (!connection.getAutoCommit()) {
                        connection.commit();
                    }
                    log.warn(
                            "Engine history level changed from full to {}: history written so far is kept",
                            AuditHistoryLevel.NAME);
                }
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot move the stored history level to " + AuditHistoryLevel.NAME, e);
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        for (String name : List.of(table, table.toLowerCase(java.util.Locale.ROOT))) {
            try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
