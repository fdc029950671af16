package org.imr.intake.console;

import com.samskivert.mustache.Mustache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pages' templates: a value that is absent shows as nothing, and an empty one is false in a section. */
@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration {

    @Bean
    Mustache.Compiler mustacheCompiler(Mustache.TemplateLoader mustacheTemplateLoader) {
        return Mustache.compiler().withLoader(mustacheTemplateLoader).defaultValue("").emptyStringIsFalse(true);
    }
}
