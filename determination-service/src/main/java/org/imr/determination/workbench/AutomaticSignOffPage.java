package org.imr.determination.workbench;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** With automatic sign-off there is nothing to review: the workbench says so, and how to sign as a reviewer. */
@Controller
@ConditionalOnProperty(prefix = "imr.determination", name = "sign-off", havingValue = "automatic")
class AutomaticSignOffPage {

    @GetMapping("/workbench/**")
    ModelAndView automatic() {
        return new ModelAndView("workbench/automatic", Map.of(), HttpStatus.NOT_FOUND);
    }
}
