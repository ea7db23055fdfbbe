package org.convene.network;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/people")
class PeopleController {

    private final People people;

    PeopleController(People people) {
        this.people = people;
    }

    @GetMapping
    ResponseEntity<List<PersonSummary>> search(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1000") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        People.Page page = people.search(q, limit, offset);
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(page.total()))
                .body(page.people());
    }

    @GetMapping("/{id}")
    PersonDetail get(@PathVariable String id) {
        return people.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PersonDetail create(@Valid @RequestBody PersonRequest request) {
        return people.create(request);
    }

    @PutMapping("/{id}")
    PersonDetail update(@PathVariable String id, @Valid @RequestBody PersonRequest request) {
        return people.update(id, request);
    }

    @PostMapping("/{id}/stages")
    PersonDetail changeStage(@PathVariable String id, @Valid @RequestBody StageRequest request) {
        return people.changeStage(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id) {
        people.delete(id);
    }
}
