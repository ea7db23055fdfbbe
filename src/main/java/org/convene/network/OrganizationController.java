package org.convene.network;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/organizations")
class OrganizationController {

    private final Organizations organizations;

    OrganizationController(Organizations organizations) {
        this.organizations = organizations;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return organizations.all();
    }

    @GetMapping("/{id}")
    OrganizationDetail get(@PathVariable String id) {
        return organizations.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    OrganizationDetail create(@Valid @RequestBody OrganizationRequest request) {
        return organizations.create(request);
    }

    @PutMapping("/{id}")
    OrganizationDetail update(@PathVariable String id, @Valid @RequestBody OrganizationRequest request) {
        return organizations.update(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id) {
        organizations.delete(id);
    }
}
