package org.imr.web;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on what a REST API reads ({@code imr.web.*}).
 *
 * @param maxJsonBytes the longest JSON document read (a request body, a line of a bulk file), in bytes: longer is
 *                     413 before the rest is read; large enough for the largest valid request with every character
 *                     escaped
 */
@Validated
@ConfigurationProperties("imr.web")
public record WebInputProperties(@DefaultValue("2097152") @Min(1024) long maxJsonBytes) {
}
