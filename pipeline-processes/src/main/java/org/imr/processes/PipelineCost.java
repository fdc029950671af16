package org.imr.processes;

import java.util.Map;

/**
 * What the pipeline's processes had spent at one instant: each process's CPU time (the tracking database's included)
 * and the broker's log ends. Two readings give what each case of the cases run in between cost.
 */
final class PipelineCost {

    private final Map<String, Long> cpuMillis;
    private final Map<String, Long> logEnds;

    private PipelineCost(Map<String, Long> cpuMillis, Map<String, Long> logEnds) {
        this.cpuMillis = cpuMillis;
        this.logEnds = logEnds;
    }

    static PipelineCost now(ProcessPipeline pipeline) {
        return new PipelineCost(pipeline.cpuMillis(), LogEnds.read(pipeline.broker().bootstrapServers()));
    }

    /**
     * Prints each process's CPU per case since the earlier reading, and the broker's beside the log entries it appended
     * per case.
     */
    void printPerCaseSince(PipelineCost earlier, int cases) {
        StringBuilder cpu = new StringBuilder("CPU per case (ms):");
        long total = 0;
        for (Map.Entry<String, Long> process : cpuMillis.entrySet()) {
            long spent = process.getValue() - earlier.cpuMillis.getOrDefault(process.getKey(), 0L);
            total += spent;
            cpu.append(String.format(" %s=%.3f", process.getKey(), spent / (double) cases));
        }
        System.out.println(cpu.append(String.format(" total=%.3f", total / (double) cases)));
        System.out.println("broker: " + brokerCost(cpuMillis.get(BrokerProcess.NAME)
                - earlier.cpuMillis.get(BrokerProcess.NAME), LogEnds.Appended.between(earlier.logEnds, logEnds), cases));
    }

    /** The broker's CPU per case beside the log entries it appended per case. */
    static String brokerCost(long brokerCpuMillis, LogEnds.Appended appended, int cases) {
        return String.format("%.3f ms of CPU per case for the log entries appended per case: %s",
                brokerCpuMillis / (double) cases, appended.perCase(cases));
    }
}
