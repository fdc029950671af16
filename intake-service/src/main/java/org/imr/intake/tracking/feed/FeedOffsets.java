package org.imr.intake.tracking.feed;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The next offset to read of each partition the feed reads, kept in the tracking database and written in the same
 * transaction as the rows its records produced: a partition's rows and its offset commit together or not at all.
 */
@Repository
class FeedOffsets {

    private static final Comparator<TopicPartition> ORDER = Comparator.comparing(TopicPartition::topic)
            .thenComparingInt(TopicPartition::partition);
    private static final String PARTITIONS = "unnest(?::text[], ?::int[]) AS wanted(topic, partition)";

    private final JdbcTemplate jdbc;

    FeedOffsets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the partitions' offsets until the transaction ends (a partition never seen starts at 0), in one order so
     * that two instances never wait on each other in a cycle, and returns them. Another instance that read the same
     * records (it had the partition before a rebalance) waits here, then finds the offsets moved on.
     */
    Map<TopicPartition, Long> lock(Collection<TopicPartition> partitions) {
        List<TopicPartition> ordered = partitions.stream().sorted(ORDER).toList();
        jdbc.update(connection -> withPartitions(connection.prepareStatement(
                "INSERT INTO feed_offset (topic, partition, next_offset) SELECT topic, partition, 0 FROM " + PARTITIONS
                        + " ORDER BY topic, partition ON CONFLICT (topic, partition) DO NOTHING"), ordered));
        return read("SELECT f.topic, f.partition, f.next_offset FROM feed_offset f JOIN " + PARTITIONS
                + " USING (topic, partition) ORDER BY f.topic, f.partition FOR UPDATE OF f", ordered);
    }

    /** The stored offsets of these partitions (none for a partition never read). */
    Map<TopicPartition, Long> stored(Collection<TopicPartition> partitions) {
        return read("SELECT f.topic, f.partition, f.next_offset FROM feed_offset f JOIN " + PARTITIONS
                + " USING (topic, partition)", List.copyOf(partitions));
    }

    void advance(Map<TopicPartition, Long> next) {
        jdbc.batchUpdate("UPDATE feed_offset SET next_offset = ? WHERE topic = ? AND partition = ?",
                next.entrySet().stream().map(e -> new Object[] {e.getValue(), e.getKey().topic(),
                        e.getKey().partition()}).toList());
    }

    private Map<TopicPartition, Long> read(String sql, List<TopicPartition> partitions) {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        jdbc.query(connection -> withPartitions(connection.prepareStatement(sql), partitions),
                row -> {
                    offsets.put(new TopicPartition(row.getString(1), row.getInt(2)), row.getLong(3));
                });
        return offsets;
    }

    private static PreparedStatement withPartitions(PreparedStatement statement, List<TopicPartition> partitions)
            throws java.sql.SQLException {
        statement.setArray(1, statement.getConnection().createArrayOf("text",
                partitions.stream().map(TopicPartition::topic).toArray()));
        statement.setArray(2, statement.getConnection().createArrayOf("int4",
                partitions.stream().map(TopicPartition::partition).toArray()));
        return statement;
    }
}
