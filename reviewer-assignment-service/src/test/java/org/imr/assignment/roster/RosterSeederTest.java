package org.imr.assignment.roster;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import tools.jackson.databind.json.JsonMapper;

/** The roster file is published once the broker can be reached; a file or a record at fault stops the start. */
class RosterSeederTest {

    private static final String ROSTER = """
            [{"reviewerId": "R-1", "name": "Dr. A", "specialties": ["Orthopedic Surgery"], "licensureStates": ["CA"],
              "weeklyPracticeHours": 30, "yearsInPractice": 12}]
            """;

    private final EventPublisher publisher = mock(EventPublisher.class);

    @Test
    void aBrokerThatCannotBeReachedYetIsWaitedOut() {
        RuntimeException unreachable = new RuntimeException("transaction failed", new TimeoutException("metadata"));
        doThrow(unreachable).doThrow(unreachable).doNothing().when(publisher).inTransaction(any(Runnable.class));

        seeder(Duration.ofSeconds(30)).start();

        verify(publisher, times(3)).inTransaction(any(Runnable.class));
    }

    @Test
    void anOutageLongerThanTheTimeoutStopsTheStart() {
        doThrow(new RuntimeException("transaction failed", new TimeoutException("metadata")))
                .when(publisher).inTransaction(any(Runnable.class));

        assertThatThrownBy(() -> seeder(Duration.ofSeconds(1)).start()).hasRootCauseInstanceOf(TimeoutException.class);
    }

    @Test
    void aFailureThatIsNotTransientStopsTheStartAtOnce() {
        doThrow(new IllegalStateException("the registry refused the schema"))
                .doNothing().when(publisher).inTransaction(any(Runnable.class));

        assertThatThrownBy(() -> seeder(Duration.ofSeconds(30)).start()).isInstanceOf(IllegalStateException.class);
        verify(publisher, times(1)).inTransaction(any(Runnable.class));
    }

    private RosterSeeder seeder(Duration timeout) {
        return new RosterSeeder(new ByteArrayResource(ROSTER.getBytes(StandardCharsets.UTF_8)), timeout,
                JsonMapper.builder().build(), publisher, mock(Envelopes.class));
    }
}
