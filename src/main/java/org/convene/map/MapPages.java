package org.convene.map;

import java.util.List;

import org.convene.network.Level;
import org.convene.network.People;
import org.convene.network.PersonDetail;
import org.convene.network.Stage;
import org.convene.system.InvalidRequestException;
import org.convene.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages: the map, sector coverage, bridge-builders and recruits, and the people list with a
 * page per person for those who cannot use the map's canvas. Edit controls are rendered only for
 * users whose role may write ({@code canEdit}, from {@link PageHeader}); the API checks every write
 * again.
 */
@Controller
class MapPages {

    /** Rows per page of the people list. */
    static final int PAGE_SIZE = 50;

    private final People people;
    private final String vocabulary;

    MapPages(People people, JsonMapper json) {
        this.people = people;
        this.vocabulary = json.writeValueAsString(new Vocabulary(Stage.labels(), Level.labels()));
    }

    /**
     * The vocabularies the map's filters and forms offer, from the enums that validate them, so
     * the browser never retypes them: rendered as JSON into {@code data-vocabulary} on the map's
     * {@code <body>} (data, not script, so a strict Content-Security-Policy holds).
     */
    record Vocabulary(List<String> stages, List<String> levels) {}

    @GetMapping("/")
    String map(Model model) {
        model.addAttribute("page", "map");
        model.addAttribute("vocabulary", vocabulary);
        return "map";
    }

    @GetMapping("/coverage")
    String coverage(Model model) {
        model.addAttribute("page", "coverage");
        return "coverage";
    }

    @GetMapping("/bridges")
    String bridges(Model model) {
        model.addAttribute("page", "bridges");
        return "bridges";
    }

    @GetMapping("/people")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        listModel(q, page, model);
        return "people";
    }

    /** The table alone, for htmx to swap in as the user types or pages. */
    @GetMapping(
            value = "/people",
            headers = {"HX-Request", "!HX-History-Restore-Request"})
    String rows(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        listModel(q, page, model);
        return "people :: results";
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable String id, Model model) {
        PersonDetail person;
        try {
            person = people.get(id);
        } catch (NotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        model.addAttribute("page", "people");
        model.addAttribute("person", person);
        return "person";
    }

    private void listModel(String q, int page, Model model) {
        int current = Math.max(1, page);
        People.Page found;
        try {
            found = people.search(q, PAGE_SIZE, (current - 1) * PAGE_SIZE);
        } catch (InvalidRequestException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        long pages = Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("page", "people");
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("people", found.people());
        model.addAttribute("total", found.total());
        model.addAttribute("current", current);
        model.addAttribute("pages", pages);
        model.addAttribute("first", found.people().isEmpty() ? 0 : (long) (current - 1) * PAGE_SIZE + 1);
        model.addAttribute(
                "last", (long) (current - 1) * PAGE_SIZE + found.people().size());
    }
}
