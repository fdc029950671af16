package org.imr.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/** What every service with a REST API shares; before Boot's MVC configuration, whose own problem-details handler then stands back. */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(FieldErrorProblemDetails.class)
public class PipelineWebAutoConfiguration {
}
