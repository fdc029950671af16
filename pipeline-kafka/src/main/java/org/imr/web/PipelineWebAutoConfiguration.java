package org.imr.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * What every service with a REST API shares, before Boot's MVC and error configuration (whose own problem-details
 * handler and error controller then stand back): requests refused as problem details ({@link RequestProblemDetails},
 * {@link ProblemErrorController}, Tomcat's refusals through {@link ProblemJsonErrorReportValve}), and the JSON read
 * the same way everywhere ({@link PipelineJson}), documents no longer than {@code imr.web.max-json-bytes}
 * ({@link JsonBodyLimitFilter} for a declared length, the JSON reader's own limit otherwise).
 */
@AutoConfiguration(beforeName = {"org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebInputProperties.class)
@Import({RequestProblemDetails.class, ProblemInstanceAdvice.class, ProblemErrorController.class})
public class PipelineWebAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer pipelineJsonInput() {
        return PipelineJson::configure;
    }

    @Bean
    JsonFactoryBuilderCustomizer pipelineJsonLimits(WebInputProperties properties) {
        return builder -> PipelineJson.configure(builder, properties.maxJsonBytes());
    }

    @Bean
    FilterRegistrationBean<JsonBodyLimitFilter> jsonBodyLimit(WebInputProperties properties) {
        FilterRegistrationBean<JsonBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new JsonBodyLimitFilter(properties.maxJsonBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
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
