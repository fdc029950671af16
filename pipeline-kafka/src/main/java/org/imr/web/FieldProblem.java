package org.imr.web;

/**
 * What is wrong with one field of a request, and where: {@code field} is its path ({@code worker.age},
 * {@code disputedItems[0].serviceType}; empty for the request as a whole). The message never quotes the value sent.
 */
public record FieldProblem(String field, String message) {
}
