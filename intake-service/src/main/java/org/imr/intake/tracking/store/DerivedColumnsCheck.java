package org.imr.intake.tracking.store;

import java.util.List;

import org.imr.intake.tracking.AtRiskPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, when the at-risk margins differ from those the stored cases' "at risk from" was computed with, computes
 * it again for every case whose clocks may still run (a chunk of cases per transaction), then stores the margins.
 */
@Component
class DerivedColumnsCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DerivedColumnsCheck.class);
    private static final String MARGINS = "at-risk-margins";
    private static final int CHUNK = 1_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TrackedCaseWriter writer;
    private final AtRiskPolicy policy;

    DerivedColumnsCheck(JdbcTemplate jdbc, TransactionTemplate trackingTransactions, TrackedCaseWriter writer,
            AtRiskPolicy policy) {
        this.jdbc = jdbc;
        this.transactions = trackingTransactions;
        this.writer = writer;
        this.policy = policy;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> stored = jdbc.queryForList("SELECT value FROM tracking_setting WHERE name = ?", String.class,
                MARGINS);
        if (stored.equals(List.of(policy.margins()))) {
            return;
        }
        int chunks = 0;
        String last = "";
        while (last != null) {
            String after = last;
            last = transactions.execute(status -> writer.recomputeOpenCases(after, CHUNK));
            chunks++;
        }
        jdbc.update("INSERT INTO tracking_setting (name, value) VALUES (?, ?) "
                + "ON CONFLICT (name) DO UPDATE SET value = excluded.value", MARGINS, policy.margins());
        if (!stored.isEmpty()) {
            log.info("At-risk margins changed ({}): open cases computed again in {} chunk(s)", policy.margins(), chunks);
        }
    }
}
