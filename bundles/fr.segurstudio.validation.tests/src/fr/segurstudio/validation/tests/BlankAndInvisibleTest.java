package fr.segurstudio.validation.tests;

import static fr.segurstudio.validation.tests.Checks.describe;
import static fr.segurstudio.validation.tests.Checks.examples;
import static fr.segurstudio.validation.tests.Checks.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.ValueKind;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.validation.IssueCodes;

/**
 * One definition of blank and invisible (Unicode White_Space plus what prints nothing) in every check: seeds §3.2
 * write null for "no value", so a text of no-break, narrow, figure or zero-width spaces, a BOM or a NEL, alone or
 * with ordinary spaces, is as blank as "   " — in every text field of every couloir —; a control or invisible
 * character inside a value (NUL, U+0001, ESC, a line break, U+202E, U+200B…) is an error naming it and its place; an
 * e-mail address holds no space of any kind. Generated over every text value of the seeds' examples.
 */
class BlankAndInvisibleTest {

	static final List<String> BLANKS = List.of("", "   ", "\u00a0", "\u202f", "\u2007", "\u200b", "\ufeff", "\u0085", " \u00a0 ",
			"\u200b\u200b", "\t\u202f\ufeff ", "\u3000", "\u2060");
	static final List<String> INVISIBLES = List.of("\u0000", "\u0001", "\u001b", "\n", "\r", "\t", "\u202e", "\u200b", "\ufeff", "\u200e",
			"\u2066", "\u00ad", "\u0085", "\u2028");

	/** Every text value of the examples: (object, feature, element index or -1), on a fresh copy each time. */
	private record Place(Golden golden, List<Integer> path, AspFeatureMapping mapping, int index) {
	}

	@Test
	void aValueOfBlanksOnlyIsAnEmptyTextInEveryFieldOfEveryCouloir() {
		everyTextValue(BLANKS, (value, blank) -> blank, (issues, value, blank) -> issues.stream()
				.anyMatch(i -> i.isError() && IssueCodes.TEXTE_VIDE.equals(i.code())),
				"valeurs blanches (espaces Unicode, invisibles) dans chaque champ texte des 4 exemples : toutes « texte vide »");
	}

	@Test
	void anInvisibleCharacterInsideAValueIsAnErrorWithItsPlace() {
		everyTextValue(INVISIBLES, (value, invisible) -> value.substring(0, 1) + invisible + value.substring(1), (issues, value, invisible) -> {
			Issue found = issues.stream().filter(i -> IssueCodes.INVISIBLE.equals(i.code())).findFirst().orElse(null);
			return found != null && found.isError() && found.message().contains(String.format("U+%04X", (int) invisible.charAt(0)))
					&& found.message().contains("en position 2") && List.of(value).equals(found.data());
		}, "caractères invisibles ou de contrôle glissés dans chaque champ texte : tous une erreur avec leur position");
	}

	/** What a case writes in a value: from the example's value and a form. */
	private interface Written {
		String apply(String value, String form);
	}

	/** Whether the issues about the value say what they must. */
	private interface Said {
		boolean test(List<Issue> issues, String value, String form);
	}

	/** Each form written into every text value of every example, each checked on the issues about that value. */
	private static void everyTextValue(List<String> forms, Written written, Said said, String summary) {
		int cases = 0;
		List<String> failures = new ArrayList<>();
		for (Place place : places()) {
			for (String form : forms) {
				Dossier dossier = place.golden().example(examples());
				String value = get(dossier, place);
				String changed = written.apply(value, form);
				set(dossier, place, changed);
				cases++;
				List<Issue> issues = validate(dossier).stream().filter(i -> i.feature() == place.mapping().feature() && i.index() == place.index())
						.toList();
				if (!said.test(issues, value, form)) {
					failures.add(place.mapping().key() + " = " + escaped(changed) + " : " + describe(issues));
				}
			}
		}
		System.out.println(cases + " " + summary);
		assertEquals(List.of(), failures.stream().limit(5).toList(), failures.size() + " of " + cases);
		assertTrue(cases > 500, "cases: " + cases);
	}

	@Test
	void anEmailAddressHoldsNoSpaceOfAnyKind() {
		Dossier dossier = Golden.BIO_SGL.example(examples());
		for (String space : List.of(" ", "\u00a0", "\u202f", "\u2007", "\u3000")) {
			Place email = places().stream().filter(p -> p.golden() == Golden.BIO_SGL && p.mapping().format() == AspFeatureMapping.Format.EMAIL)
					.findFirst().orElseThrow();
			set(dossier, email, "m.durand@laboratoire" + space + "exemple.fr");
			assertTrue(validate(dossier).stream().anyMatch(i -> i.isError() && IssueCodes.EMAIL.equals(i.code())), escaped(space));
		}
	}

	private static List<Place> places() {
		List<Place> places = new ArrayList<>();
		for (Golden golden : Golden.all()) {
			Dossier dossier = golden.example(examples());
			collect(golden, dossier, new ArrayList<>(), places);
		}
		return places;
	}

	private static void collect(Golden golden, EObject object, List<Integer> path, List<Place> places) {
		for (AspFeatureMapping mapping : AspClassMapping.of(object.eClass()).features()) {
			if (mapping.kind() == ValueKind.TEXT && !mapping.isExportNull() && mapping.values().isEmpty()) {
				Object value = object.eGet(mapping.feature());
				if (value instanceof String s && !s.isEmpty()) {
					places.add(new Place(golden, List.copyOf(path), mapping, -1));
				} else if (value instanceof List<?> list && !list.isEmpty()) {
					places.add(new Place(golden, List.copyOf(path), mapping, 0));
				}
			}
		}
		List<EObject> children = object.eContents();
		for (int i = 0; i < children.size(); i++) {
			path.add(i);
			collect(golden, children.get(i), path, places);
			path.remove(path.size() - 1);
		}
	}

	private static EObject owner(Dossier dossier, Place place) {
		EObject object = dossier;
		for (int i : place.path()) {
			object = object.eContents().get(i);
		}
		return object;
	}

	private static String get(Dossier dossier, Place place) {
		Object value = owner(dossier, place).eGet(place.mapping().feature());
		return (String) (place.index() < 0 ? value : ((List<?>) value).get(place.index()));
	}

	@SuppressWarnings("unchecked")
	private static void set(Dossier dossier, Place place, String value) {
		EObject owner = owner(dossier, place);
		if (place.index() < 0) {
			owner.eSet(place.mapping().feature(), value);
		} else {
			((EList<Object>) owner.eGet(place.mapping().feature())).set(place.index(), value);
		}
	}

	private static String escaped(String text) {
		StringBuilder out = new StringBuilder();
		text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
		return out.toString();
	}
}
