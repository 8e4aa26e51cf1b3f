package ch.so.integration.intake.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.intake.person.api.PersonView;
import ch.so.integration.intake.person.api.RegisterPersonRequest;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.security.Actor;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.platform.web.ProblemException;

/** Registers and finds persons; every read and write of a person is audited. */
@ApplicationScoped
public class PersonService {

    static final String RESOURCE = "person";

    private final Persons persons;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Actors actors;
    private final Clock clock;

    PersonService(Persons persons, AuditLog audit, Idempotency idempotency, Actors actors, Clock clock) {
        this.persons = persons;
        this.audit = audit;
        this.idempotency = idempotency;
        this.actors = actors;
        this.clock = clock;
    }

    /** One person per AHV number: a second registration is refused with the existing person's id. */
    @Transactional
    public Idempotency.Result<PersonView> register(RegisterPersonRequest request, String idempotencyKey) {
        return idempotency.once("intake.register-person", idempotencyKey, request, PersonView.class, () -> {
            AhvNumber ahvNumber = AhvNumber.parse(request.ahvNumber());
            persons.byAhvNumber(ahvNumber).ifPresent(existing -> {
                throw new ProblemException(Problem.of(ProblemType.DUPLICATE,
                                "A person with this AHV number is already registered.")
                        .with("existingId", existing.id()));
            });
            Person person = Person.register(ahvNumber, request.officialName(), request.firstName(), request.sex(),
                    request.dateOfBirth(), clock);
            persons.add(person);
            audit.record(AuditAction.CREATE, RESOURCE, person.id(), person.id());
            return new Idempotency.Result<>(person.id().toString(), view(person), false);
        }, replay -> audit.record(AuditAction.READ, RESOURCE, replay.id(), replay.id()));
    }

    @Transactional
    public PersonView get(UUID id) {
        Person person = persons.byId(id).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
        audit.record(AuditAction.READ, RESOURCE, id, id);
        return view(person);
    }

    @Transactional
    public Page<PersonView> search(String officialName, String firstName, LocalDate dateOfBirth, PageQuery page) {
        if (isBlank(officialName) && isBlank(firstName) && dateOfBirth == null) {
            throw ProblemException.invalidField("officialName",
                    "give at least one of officialName, firstName or dateOfBirth");
        }
        Page<Person> found = persons.search(officialName, firstName, dateOfBirth, page);
        audit.recordEach(AuditAction.SEARCH, RESOURCE, found.items().stream().map(Person::id).toList());
        return found.map(this::view);
    }

    private PersonView view(Person person) {
        Actor actor = actors.current();
        return PersonView.of(person, actor.hasRole(Roles.INTAKE) || actor.hasRole(Roles.ADMIN));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
