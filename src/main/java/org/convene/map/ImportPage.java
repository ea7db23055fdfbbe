package org.convene.map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The upload page: pick a workbook or the two CSV files, see the dry run (what would change, or
 * every problem row), then confirm; an import that takes a while shows its progress. It is for
 * editors; a viewer asking for it gets the 403 page (and no link to it). The page's script does the
 * work through {@code POST /api/import?async=true} and the job it starts.
 */
@Controller
class ImportPage {

    private final RoleHierarchy roles;

    ImportPage(RoleHierarchy roles) {
        this.roles = roles;
    }

    @GetMapping("/import")
    String page(Authentication authentication, Model model) {
        PageUser user = PageUser.of(authentication, roles);
        if (!user.canEdit()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Importing needs the EDITOR role.");
        }
        model.addAttribute("username", user.name());
        model.addAttribute("canEdit", true);
        model.addAttribute("page", "import");
        return "import";
    }
}
