package ch.so.integration.intake.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.intake.person.api.AddressDto;
import ch.so.integration.intake.person.api.CircumstancesDto;
import ch.so.integration.intake.person.api.PersonView;
import ch.so.integration.intake.person.api.RegisterPersonRequest;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.events.Outbox;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.security.Actor;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.platform.web.ProblemException;

/** Registers and finds persons; every read and write of a person is audited. */
@ApplicationScoped
public class PersonService {

    static final String RESOURCE = "person";

    private final Persons persons;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Actors actors;
    private final Clock clock;

    PersonService(Persons persons, Outbox outbox, AuditLog audit, Idempotency idempotency, Actors actors,
                  Clock clock) {
        this.persons = persons;
        this.outbox = outbox;
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
            Address address = request.address().toAddress();
            Circumstances circumstances = checked(request.circumstances(), address.canton(), "circumstances.");
            Person person = Person.register(ahvNumber, request.officialName(), request.firstName(), request.sex(),
                    request.dateOfBirth(), address, circumstances, clock);
            persons.add(person);
            outbox.publishAll(person.releaseEvents());
            audit.record(AuditAction.CREATE, RESOURCE, person.id(), person.id());
            return new Idempotency.Result<>(person.id().toString(), view(person), false);
        }, replay -> audit.record(AuditAction.READ, RESOURCE, replay.id(), replay.id()));
    }

    /** A move to a new address. */
    @Transactional
    public PersonView move(UUID id, AddressDto address) {
        Person person = persons.byId(id).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
        Address newAddress = address.toAddress();
        checked(CircumstancesDto.of(person.circumstances()), newAddress.canton(), "circumstances.");
        person.move(newAddress, clock);
        audit.record(AuditAction.UPDATE, RESOURCE, id, id);
        return view(person);
    }

    /** Changed circumstances: permit, benefits, household, German. Later placements' financing follows them. */
    @Transactional
    public PersonView changeCircumstances(UUID id, CircumstancesDto circumstances) {
        Person person = persons.byId(id).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
        Circumstances checked = checked(circumstances,
                person.address() == null ? null : person.address().canton(), "");
        person.changeCircumstances(checked, clock);
        audit.record(AuditAction.UPDATE, RESOURCE, id, id);
        return view(person);
    }

    /** The collection rules (AM-06: income and assets only for a possible waiver) as field errors. */
    private static Circumstances checked(CircumstancesDto dto, String canton, String prefix) {
        Circumstances circumstances = dto.toCircumstances();
        var violations = circumstances.violations(canton);
        if (!violations.isEmpty()) {
            throw ProblemException.validation(violations.stream()
                    .map(v -> new FieldError(prefix + v[0], v[1])).toList());
        }
        return circumstances;
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
