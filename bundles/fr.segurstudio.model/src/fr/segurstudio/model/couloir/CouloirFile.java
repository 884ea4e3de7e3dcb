package fr.segurstudio.model.couloir;

/**
 * A file a couloir folder carries for another bundle, as read when the couloir was loaded (its .view files for the
 * forms).
 *
 * @param name    where it was read, for messages (the path of the file, or archive!/entry)
 * @param content its bytes
 */
public record CouloirFile(String name, byte[] content) {
}
