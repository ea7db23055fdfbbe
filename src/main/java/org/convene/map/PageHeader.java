package org.convene.map;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's header shows of its viewer, for every page controller of any feature: who is
 * signed in ({@code username}), whether they may edit ({@code canEdit}) and whether they manage
 * users ({@code admin}, for the link to the users page).
 */
@ControllerAdvice(annotations = Controller.class)
class PageHeader {

    private final RoleHierarchy roles;

    PageHeader(RoleHierarchy roles) {
        this.roles = roles;
    }

    @ModelAttribute
    void viewer(Authentication authentication, Model model) {
        PageUser user = PageUser.of(authentication, roles);
        model.addAttribute("username", user.name());
        model.addAttribute("canEdit", user.canEdit());
        model.addAttribute("admin", user.admin());
    }
}
