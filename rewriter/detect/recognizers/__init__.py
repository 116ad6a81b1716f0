"""Every recognizer the detector runs. One small class per file-level concern; this list is the registry."""

from __future__ import annotations


def all_recognizers() -> list:
    from ..engine import SPACY_LABEL_MAP
    from .cards import CardNumberRecognizer
    from .contacts import OfflineEmailRecognizer
    from .phone import GatedPhoneRecognizer
    from .presidio_gated import GatedIbanRecognizer, GatedIpRecognizer
    from . import ages, business, distinctive, facilities, references, times
    from . import addresses, names, organisations, places
    from .contacts import GatedUrlRecognizer, HandleRecognizer, PhoneNumberRecognizer
    from .spacy_entities import CheckedSpacyRecognizer

    return [
        # spaCy's entities minus its usual mistakes in posts; named as Presidio's for the source label
        CheckedSpacyRecognizer(supported_entities=sorted(set(SPACY_LABEL_MAP.values())), name="SpacyRecognizer"),
        OfflineEmailRecognizer(),
        GatedPhoneRecognizer(),
        GatedUrlRecognizer(),
        GatedIpRecognizer(),
        # every issuer's card numbers by their Luhn check digit (Presidio's knows only a few prefixes)
        CardNumberRecognizer(),
        GatedIbanRecognizer(),
        # ages, places, reference numbers, times, business details, distinctive details
        ages.AgeRecognizer(),
        ages.AgeAfterNameRecognizer(),
        ages.SchoolYearRecognizer(),
        facilities.NumberedRoomRecognizer(),
        facilities.NamedFacilityRecognizer(),
        facilities.GeneralHospitalRecognizer(),
        facilities.SaintPlaceRecognizer(),
        references.CaseNumberRecognizer(),
        references.LabelledNumberRecognizer(),
        references.CourseCodeRecognizer(),
        references.ClassCodeRecognizer(),
        times.WeekdayRecognizer(),
        times.CalendarDateRecognizer(),
        times.ClockTimeRecognizer(),
        business.CodenameRecognizer(),
        business.MoneyRecognizer(),
        business.PercentResultRecognizer(),
        business.CustomerCountRecognizer(),
        business.QuarterResultsRecognizer(),
        distinctive.DistinctiveDetailRecognizer(),
        distinctive.NamedConditionRecognizer(),
        # people, places, organisations, contacts
        names.TitledNameRecognizer(),
        names.RoleNounNameRecognizer(),
        names.InitialledNameRecognizer(),
        names.RoleInitialRecognizer(),
        names.NameInContextRecognizer(),
        names.PossessiveNameRecognizer(),
        names.SentenceSubjectNameRecognizer(),
        names.NameBeforeAgeRecognizer(),
        names.ProperNounNameRecognizer(),
        names.CoordinatedNameRecognizer(),
        addresses.StreetAddressRecognizer(),
        places.CapitalisedPlaceRecognizer(),
        places.RoadNumberRecognizer(),
        organisations.CompanyNameRecognizer(),
        organisations.PartnershipNameRecognizer(),
        organisations.CaseCaptionRecognizer(),
        organisations.EmployerContextRecognizer(),
        organisations.SignatureCompanyRecognizer(),
        organisations.CompanyPossessiveRecognizer(),
        organisations.ListedCompanyRecognizer(),
        HandleRecognizer(),
        PhoneNumberRecognizer(),
        # reads the people found above: keep it after every other person recognizer
        names.RepeatedNameRecognizer(),
        # reads the people found above too: "Vilma Holm of Initech"
        organisations.PersonOfCompanyRecognizer(),
    ]
