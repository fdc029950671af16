package org.imr.web;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How every REST API of the pipeline reads JSON (one place for it: Boot's JSON mapper is customised with it, tests and
 * fuzzers build theirs with it): texts normalised and enum defaults refused ({@link TextInputModule}), a field given
 * twice refused, a fraction never taken for a whole number, documents no longer than the limit.
 */
public final class PipelineJson {

    private PipelineJson() {
    }

    public static JsonFactoryBuilder configure(JsonFactoryBuilder factory, long maxJsonBytes) {
        return factory.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(maxJsonBytes).build());
    }

    public static JsonMapper.Builder configure(JsonMapper.Builder mapper) {
        return mapper.addModule(new TextInputModule()).disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /** A mapper reading as the services read (for tests and fuzzers). */
    public static JsonMapper mapper(long maxJsonBytes) {
        return configure(JsonMapper.builder(configure(JsonFactory.builder(), maxJsonBytes).build())).build();
    }
}
