package org.imr.determination.workbench;

import com.samskivert.mustache.Mustache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pages' templates: an empty text counts as absent, so that a section such as {@code {{#message}}} is skipped. */
@Configuration(proxyBeanMethods = false)
class PageTemplates {

    @Bean
    Mustache.Compiler mustacheCompiler(Mustache.TemplateLoader templates) {
        return Mustache.compiler().withLoader(templates).emptyStringIsFalse(true);
    }
}
