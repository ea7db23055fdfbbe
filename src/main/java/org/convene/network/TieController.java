package org.convene.network;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
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
@RequestMapping("/api/ties")
class TieController {

    private final Ties ties;

    TieController(Ties ties) {
        this.ties = ties;
    }

    @GetMapping
    List<TieView> of(@RequestParam String person) {
        return ties.of(person);
    }

    @GetMapping("/{id}")
    TieView get(@PathVariable String id) {
        return ties.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TieView create(@Valid @RequestBody TieRequest request) {
        return ties.create(request);
    }

    @PutMapping("/{id}")
    TieView update(@PathVariable String id, @Valid @RequestBody TieRequest request) {
        return ties.update(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id) {
        ties.delete(id);
    }
}
