package fr.segurstudio.dsl.model;

import java.util.List;

import fr.segurstudio.dsl.segurDsl.DossierText;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.Couloir;

/**
 * The model a text gives: the same Dossier the forms and the exporter use, the couloir of its header (null
 * when not installed), where each piece came from, and the problems met while reading it.
 */
public record BuiltDossier(DossierText text, Dossier dossier, Couloir couloir, Trace trace, List<TextProblem> problems) {
}
