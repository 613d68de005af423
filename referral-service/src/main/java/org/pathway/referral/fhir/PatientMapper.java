package org.pathway.referral.fhir;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.RelatedPerson;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.pathway.referral.api.dto.ReferralRequest;

/** The young person (UK Core Patient) and their guardian (a RelatedPerson of that Patient) as the JSON referral has them. */
final class PatientMapper {

    /** FHIR: without a stated language the patient is taken to speak the local language. */
    static final String DEFAULT_LANGUAGE = "en";

    private PatientMapper() {
    }

    static ReferralRequest.YoungPerson youngPerson(BarsMessage message, Patient patient, FieldPaths paths, ZoneId zone) {
        String at = message.pathOf(patient);
        paths.put("youngPerson", at);
        String nhsNumber = null;
        paths.put("youngPerson.nhsNumber", at + ".identifier.where(system='" + BarsCodes.NHS_NUMBER + "').value");
        for (int i = 0; i < patient.getIdentifier().size(); i++) {
            if (BarsCodes.NHS_NUMBER.equals(patient.getIdentifier().get(i).getSystem())) {
                nhsNumber = patient.getIdentifier().get(i).getValue();
                paths.put("youngPerson.nhsNumber", at + ".identifier[" + i + "].value");
                break;
            }
        }
        int nameIndex = nameIndex(patient);
        HumanName name = nameIndex < 0 ? new HumanName() : patient.getName().get(nameIndex);
        String namePath = at + ".name[" + Math.max(nameIndex, 0) + "]";
        paths.put("youngPerson.givenName", namePath + ".given[0]").put("youngPerson.familyName", namePath + ".family");
        paths.put("youngPerson.dateOfBirth", at + ".birthDate").put("youngPerson.gender", at + ".gender");
        LocalDate birthDate = patient.hasBirthDateElement()
                && patient.getBirthDateElement().getPrecision() == TemporalPrecisionEnum.DAY
                ? LocalDate.of(patient.getBirthDateElement().getYear(), patient.getBirthDateElement().getMonth() + 1,
                patient.getBirthDateElement().getDay()) : null;
        paths.put("youngPerson.ethnicCategory",
                at + ".extension.where(url='" + BarsCodes.UK_CORE_ETHNIC_CATEGORY + "')");
        int address = addressIndex(patient);
        paths.put("youngPerson.postcode", address < 0 ? at + ".address" : at + ".address[" + address + "].postalCode");
        int language = languageIndex(patient);
        paths.put("youngPerson.languagePreference", language < 0 ? at + ".communication"
                : at + ".communication[" + language + "].language");
        paths.put("youngPerson.contact", at + ".telecom");
        return new ReferralRequest.YoungPerson(nhsNumber, name.getGivenAsSingleString().isBlank() ? null
                : name.getGiven().get(0).getValue(), name.getFamily(), birthDate, gender(patient),
                ethnicCategory(patient), address < 0 ? null : patient.getAddress().get(address).getPostalCode(),
                language < 0 ? DEFAULT_LANGUAGE : languageCode(patient.getCommunication().get(language).getLanguage()),
                contact(patient), guardian(message, patient, paths));
    }

    static String gender(Patient patient) {
        if (!patient.hasGender()) {
            return null;
        }
        return switch (patient.getGender()) {
            case FEMALE -> "female";
            case MALE -> "male";
            case OTHER -> "other";
            default -> "not-stated";
        };
    }

    private static int nameIndex(Patient patient) {
        for (int i = 0; i < patient.getName().size(); i++) {
            if (patient.getName().get(i).getUse() == HumanName.NameUse.OFFICIAL) {
                return i;
            }
        }
        return patient.getName().isEmpty() ? -1 : 0;
    }

    private static String ethnicCategory(Patient patient) {
        Extension extension = patient.getExtensionByUrl(BarsCodes.UK_CORE_ETHNIC_CATEGORY);
        if (extension == null || !(extension.getValue() instanceof CodeableConcept concept)) {
            return null;
        }
        return concept.getCodingFirstRep().getCode();
    }

    private static int addressIndex(Patient patient) {
        int first = -1;
        for (int i = 0; i < patient.getAddress().size(); i++) {
            if (patient.getAddress().get(i).hasPostalCode()) {
                if (patient.getAddress().get(i).getUse() == org.hl7.fhir.r4.model.Address.AddressUse.HOME) {
                    return i;
                }
                first = first < 0 ? i : first;
            }
        }
        return first;
    }

    private static int languageIndex(Patient patient) {
        for (int i = 0; i < patient.getCommunication().size(); i++) {
            if (patient.getCommunication().get(i).getPreferred()) {
                return i;
            }
        }
        return patient.getCommunication().isEmpty() ? -1 : 0;
    }

    private static String languageCode(CodeableConcept language) {
        String code = language.getCodingFirstRep().getCode();
        return code == null ? null : code.toLowerCase(java.util.Locale.ROOT);
    }

    private static ReferralRequest.Contact contact(Patient patient) {
        List<ContactPoint> telecom = patient.getTelecom();
        if (telecom.isEmpty()) {
            telecom = patient.getContact().stream()
                    .filter(c -> c.getRelationship().stream().flatMap(r -> r.getCoding().stream())
                            .anyMatch(coding -> "ONESELF".equals(coding.getCode())))
                    .flatMap(c -> c.getTelecom().stream()).toList();
        }
        Optional<String> phone = best(telecom, ContactPoint.ContactPointSystem.PHONE);
        Optional<String> email = best(telecom, ContactPoint.ContactPointSystem.EMAIL);
        return phone.isEmpty() && email.isEmpty() ? null
                : new ReferralRequest.Contact(phone.orElse(null), email.orElse(null));
    }

    private static Optional<String> best(List<ContactPoint> telecom, ContactPoint.ContactPointSystem system) {
        return telecom.stream().filter(t -> t.getSystem() == system && t.hasValue())
                .min(Comparator.comparingInt(t -> t.hasRank() ? t.getRank() : Integer.MAX_VALUE))
                .map(ContactPoint::getValue);
    }

    private static ReferralRequest.Guardian guardian(BarsMessage message, Patient patient, FieldPaths paths) {
        String patientUrl = message.fullUrlOf(patient);
        for (RelatedPerson person : message.all(RelatedPerson.class)) {
            if (!patientUrl.equals(person.getPatient().getReference())
                    && message.resolve(person.getPatient()).orElse(null) != patient) {
                continue;
            }
            paths.put("youngPerson.guardian", message.pathOf(person))
                    .put("youngPerson.guardian.relationship", message.pathOf(person) + ".relationship");
            HumanName name = person.getNameFirstRep();
            String text = name.hasText() ? name.getText() : name.getNameAsSingleString();
            return new ReferralRequest.Guardian(text == null || text.isBlank() ? null : text,
                    best(person.getTelecom(), ContactPoint.ContactPointSystem.PHONE).orElse(null),
                    relationship(person));
        }
        return null;
    }

    /** v3 RoleCode parents are "parent", guardians "guardian"; anything else by its display or code. */
    static String relationship(RelatedPerson person) {
        return person.getRelationship().stream().flatMap(r -> r.getCoding().stream()).findFirst().map(coding -> {
            String code = coding.getCode() == null ? "" : coding.getCode();
            return switch (code) {
                case "MTH", "FTH", "PRN", "NMTH", "NFTH", "NPRN", "ADOPTP", "STPPRN", "FTHFOST", "MTHFOST" -> "parent";
                case "GUARD", "GRD" -> "guardian";
                default -> coding.hasDisplay() ? coding.getDisplay().toLowerCase(java.util.Locale.ROOT)
                        : code.toLowerCase(java.util.Locale.ROOT);
            };
        }).filter(s -> !s.isBlank()).orElse("related person");
    }
}
