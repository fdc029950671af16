package org.imr.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;

/**
 * What every service with a REST API shares, before Boot's MVC and error configuration (whose own problem-details
 * handler and error controller then stand back): requests refused as problem details ({@link RequestProblemDetails},
 * {@link ProblemErrorController}, Tomcat's refusals through {@link ProblemJsonErrorReportValve}), and the JSON read
 * the same way everywhere: texts normalised and enum defaults refused ({@link TextInputModule}), a field given twice
 * refused, a fraction never taken for a whole number, documents no longer than {@code imr.web.max-json-bytes}.
 */
@AutoConfiguration(beforeName = {"org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebInputProperties.class)
@Import({RequestProblemDetails.class, ProblemInstanceAdvice.class, ProblemErrorController.class})
public class PipelineWebAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer pipelineJsonInput() {
        return builder -> builder.addModule(new TextInputModule())
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    @Bean
    JsonFactoryBuilderCustomizer pipelineJsonLimits(WebInputProperties properties) {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(properties.maxJsonBytes()).build());
    }

    @Bean
    WebMvcConfigurer avroEnumParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addFormatters(FormatterRegistry registry) {
                registry.addConverterFactory(new AvroEnumParameters());
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(TomcatServletWebServerFactory.class)
    static class TomcatRefusals {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonErrorReports() {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                    host.setErrorReportValveClass(ProblemJsonErrorReportValve.class.getName());
                }
            });
        }
    }
}
