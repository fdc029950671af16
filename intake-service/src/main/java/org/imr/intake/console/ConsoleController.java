package org.imr.intake.console;

import org.imr.schemas.Priority;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The operations console, rendered on the server (Mustache templates under {@code templates/console/}): every figure
 * and the page of cases are computed by the tracking database, so the page stays the same size whatever the number of
 * cases. {@code GET /console?stage=&priority=&clock=&reviewer=&page=}; {@code GET /console/cases/{reference}} for one
 * case's timeline.
 */
@Controller
class ConsoleController {

    static final String PATH = "/console";

    private final OperationsConsole console;

    ConsoleController(OperationsConsole console) {
        this.console = console;
    }

    @GetMapping(PATH)
    String console(@RequestParam(required = false) ConsoleStage stage,
            @RequestParam(required = false) Priority priority,
            @RequestParam(required = false) ConsoleFilter.Clock clock,
            @RequestParam(required = false) String reviewer,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("console", console.page(new ConsoleFilter(stage, priority, clock, reviewer, page)));
        return "console/index";
    }

    @GetMapping(PATH + "/cases/{reference}")
    String trackedCase(@PathVariable String reference, Model model) {
        model.addAttribute("case", console.detail(reference).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No case with this number or id")));
        return "console/case";
    }
}
