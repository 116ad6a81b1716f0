"""The registry finds every recognizer in the package, in the order the detector has always run them,
and each one has its own file and its own test file."""

from __future__ import annotations

import inspect
from pathlib import Path

from rewriter.detect.recognizers import all_recognizers, recognizer_classes

TESTS = Path(__file__).resolve().parent

# The run order before the registry found recognizers by their ORDER (it decides which of two identical
# results is kept, and the order in which people reach the second pass): it must not change by accident.
ORDER = [
    "CheckedSpacyRecognizer", "OfflineEmailRecognizer", "GatedPhoneRecognizer", "GatedUrlRecognizer",
    "GatedIpRecognizer", "CardNumberRecognizer", "GatedIbanRecognizer",
    "AgeRecognizer", "AgeInWordsRecognizer", "AgeInContextRecognizer", "AgeInOtherEnglishesRecognizer", "AgeInCjkScriptRecognizer", "AgeAfterNameRecognizer", "AgeInAnAsideRecognizer", "AgeOfAPersonRecognizer", "AgeInOtherLanguagesRecognizer", "SchoolYearRecognizer",
    "NumberedRoomRecognizer", "HomeFloorRecognizer", "NamedFacilityRecognizer", "PlaceSizeRecognizer", "ServiceReachRecognizer", "GeneralHospitalRecognizer", "WorkplaceNameRecognizer", "NamedUnitRecognizer", "NamedRoomRecognizer", "SaintPlaceRecognizer",
    "CaseNumberRecognizer", "LabelledNumberRecognizer", "CourseCodeRecognizer", "ClassCodeRecognizer",
    "WeekdayRecognizer", "CalendarDateRecognizer", "DateInOtherLanguagesRecognizer", "MonthNameRecognizer", "ClockTimeRecognizer", "ClockTimeInOtherLanguagesRecognizer",
    "CodenameRecognizer", "ProductModelRecognizer", "MoneyRecognizer", "MoneyInOtherCurrenciesRecognizer", "PercentResultRecognizer", "DealTermsRecognizer", "CustomerCountRecognizer", "DowntimeRecognizer",
    "WorkforceCountRecognizer", "QuarterResultsRecognizer", "QuarterTimingRecognizer", "DistinctiveDetailRecognizer", "ServiceLengthRecognizer", "BirthOrderRecognizer", "LatinConditionRecognizer", "NamedConditionRecognizer", "ClinicalValueRecognizer",
    "TitledNameRecognizer", "OtherLanguageTitledNameRecognizer", "KinTitleNameRecognizer", "OurNameRecognizer", "NameBeforeHonorificRecognizer", "AddressedNameRecognizer", "RoleNounNameRecognizer", "QuotedNicknameRecognizer", "InitialledNameRecognizer", "RoleInitialRecognizer",
    "NameInContextRecognizer", "NameAtAPlaceRecognizer", "NameInABedRecognizer", "ShoutOutNameRecognizer", "ApposedNameRecognizer", "PossessiveNameRecognizer", "SentenceSubjectNameRecognizer", "NameThenDeedRecognizer", "WordNameOwnThingRecognizer",
    "NameBeforeAgeRecognizer", "WordNameRecognizer", "VocativeNameRecognizer", "ProperNounNameRecognizer", "LowercasePostNameRecognizer", "CoordinatedNameRecognizer", "ListedNameRecognizer",
    "StreetAddressRecognizer", "CapitalisedPlaceRecognizer", "PlaceWithAGenericRecognizer", "RoadNumberRecognizer",
    "CompanyNameRecognizer", "PartnershipNameRecognizer", "CaseCaptionRecognizer", "CaseNameRecognizer", "EmployerContextRecognizer",
    "SignatureCompanyRecognizer", "CompanyPossessiveRecognizer", "OwnerBusinessRecognizer", "ListedCompanyRecognizer",
    "HandleRecognizer", "PhoneNumberRecognizer",
    "RepeatedNameRecognizer", "NameSaidAloneRecognizer", "ServedDurationRecognizer", "NamedResultRecognizer", "PersonOfCompanyRecognizer",
]


def test_every_recognizer_is_found_in_its_order():
    assert [cls.__name__ for cls in recognizer_classes()] == ORDER


def test_orders_are_distinct_and_increasing():
    orders = [cls.ORDER for cls in recognizer_classes()]
    assert orders == sorted(set(orders))


def test_one_recognizer_per_file():
    files = [inspect.getsourcefile(cls) for cls in recognizer_classes()]
    assert len(files) == len(set(files))


def test_every_recognizer_has_a_test_file():
    missing = []
    for cls in recognizer_classes():
        module = Path(inspect.getsourcefile(cls)).stem
        if not (TESTS / f"test_{module}.py").exists():
            missing.append(f"{cls.__name__}: tests/recognizers/test_{module}.py")
    assert not missing, missing


def test_fresh_instances_with_the_names_the_detector_shows():
    recognizers = all_recognizers()
    assert [type(r).__name__ for r in recognizers] == ORDER
    names = {r.name for r in recognizers}
    assert {"SpacyRecognizer", "IpRecognizer", "IbanRecognizer"} <= names
    assert all(r is not s for r, s in zip(recognizers, all_recognizers()))
