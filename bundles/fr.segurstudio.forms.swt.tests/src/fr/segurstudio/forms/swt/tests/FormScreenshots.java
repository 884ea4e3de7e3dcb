package fr.segurstudio.forms.swt.tests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import fr.segurstudio.couloir.mdv.BeneficiairesMdv;
import fr.segurstudio.couloir.mdv.MdvPackage;
import fr.segurstudio.couloir.mdv.MedecinLiberal;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.testing.Services;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.ValidationContext;

/**
 * Screenshots of the seeds' forms, to look at them and for the README:
 * {@code ./build.sh verify -pl ... -Dsegur.forms.shots=DIR} (a display at least 1600 pixels high shows them whole).
 */
@EnabledIfSystemProperty(named = "segur.forms.shots", matches = ".+")
class FormScreenshots {

	private static final int WIDTH = 960;
	private static final int HEIGHT = 1560;

	@Test
	void seedsForms() {
		shoot(Ui.SEEDS.bioDurand(), "forms-bio-sgl");
		shoot(Ui.SEEDS.radRadio2000(), "forms-rad-ris");
		shoot(Ui.SEEDS.mdvCentreDeSante(), "forms-mdv-structure");
		Dossier cabinet = Ui.SEEDS.mdvCabinet();
		shoot(cabinet, "forms-mdv-liberal");
		// a problem shown: a doctor's RPPS one digit short, selected in the table
		MedecinLiberal doctor = ((BeneficiairesMdv) cabinet.getDemandes().get(0).getBeneficiaires()).getLiberal().get(1);
		doctor.setRPPS("7777777777");
		try (Ui ui = Ui.open(cabinet, WIDTH, HEIGHT)) {
			ui.form.showIssues(Services.get(DossierValidator.class).validate(cabinet, ValidationContext.ALONE));
			ui.form.reveal(doctor, MdvPackage.Literals.MEDECIN_LIBERAL__RPPS, -1);
			ui.flush();
			ui.screenshot("forms-mdv-issue");
		}
	}

	private static void shoot(Dossier dossier, String name) {
		try (Ui ui = Ui.open(dossier, WIDTH, HEIGHT)) {
			ui.screenshot(name);
		}
	}
}
