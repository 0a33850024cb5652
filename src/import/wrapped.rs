//! Cells of a table laid out with spaces (`pdftotext -layout`, a fixed-width export) that ran
//! over onto the next line: the next line is indented to the cell's column and holds only the
//! rest of that cell (`Verksamhetschef hemsjukvård och` over `rehabilitering`). Such a line is
//! joined to its cell, so that the row is whole again.

/// The cells of a line laid out with spaces: each cell's column (in characters) and text; cells
/// are separated by two spaces or more.
fn cells(line: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut current = String::new();
    let mut start = 0;
    let mut spaces = 0;
    for (column, c) in line.chars().enumerate() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        if spaces >= 2 || current.is_empty() {
            if !current.is_empty() {
                out.push((start, std::mem::take(&mut current)));
            }
            start = column;
        } else if spaces == 1 {
            current.push(' ');
        }
        spaces = 0;
        current.push(c);
    }
    if !current.is_empty() {
        out.push((start, current));
    }
    out
}

fn indent(line: &str) -> usize {
    line.chars().take_while(|c| *c == ' ').count()
}

/// A form's field: one word, a label, at the start of the line, and its value after a gap
/// (`Noteringar     Handläggarnätverket har jämfört hur`).
fn is_label_row(pieces: &[(usize, String)]) -> bool {
    matches!(pieces, [(0, label), (_, _)]
        if !label.contains(' ') && label.starts_with(char::is_uppercase) && label.chars().count() <= 20)
}

/// The lines with every wrapped cell joined to its row: a joined line becomes `None` (its
/// words are in the row above). Only rows of three cells or more count, and only a line
/// indented past the row's first cell whose every piece starts at one of the row's columns.
pub fn join_cells(lines: &[&str]) -> Vec<Option<String>> {
    let mut out: Vec<Option<String>> = lines.iter().map(|l| Some((*l).to_owned())).collect();
    let mut row: Option<(usize, Vec<(usize, String)>)> = None;
    for (i, line) in lines.iter().enumerate() {
        if line.trim().is_empty() || line.contains('\t') {
            row = None;
            continue;
        }
        let pieces = cells(line);
        // Under a label and its value only a line that goes on in lower case continues the value
        // (a name under `Närvarande  Anna Ek` is a line of its own).
        let continues = row.as_ref().is_some_and(|(_, columns)| columns.len() >= 3)
            || line.trim_start().starts_with(char::is_lowercase);
        if let Some((at, columns)) = &mut row
            && continues
            && indent(line) > columns[0].0 + 4
            && pieces.iter().all(|(column, _)| {
                columns
                    .iter()
                    .skip(1)
                    .any(|(start, _)| start.abs_diff(*column) <= 1)
            })
        {
            for (column, text) in &pieces {
                if let Some(cell) = columns
                    .iter_mut()
                    .skip(1)
                    .find(|(start, _)| start.abs_diff(*column) <= 1)
                {
                    cell.1 = super::lines::join_cell(&cell.1, text);
                }
            }
            let texts: Vec<&str> = columns.iter().map(|(_, text)| text.as_str()).collect();
            out[*at] = Some(format!("{}{}", " ".repeat(columns[0].0), texts.join("   ")));
            out[i] = None;
            continue;
        }
        row = (pieces.len() >= 3 || is_label_row(&pieces)).then_some((i, pieces));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_that_ran_onto_the_next_line() {
        let text = [
            "Region Norr          Eva Ek          Verksamhetschef hemsjukvård och",
            "                                     rehabilitering",
            "Norrby kommun        Olle Berg       Samordnare",
            "",
            "Vecka 50     Kalle Gäst, Britt       –        Informera skolorna om",
            "             Lund                             praktikplatserna",
        ];
        let out = join_cells(&text);
        assert_eq!(
            out[0].as_deref(),
            Some("Region Norr   Eva Ek   Verksamhetschef hemsjukvård och rehabilitering")
        );
        assert_eq!(out[1], None);
        assert_eq!(out[2].as_deref(), Some(text[2]));
        assert_eq!(
            out[4].as_deref(),
            Some("Vecka 50   Kalle Gäst, Britt Lund   –   Informera skolorna om praktikplatserna")
        );
        assert_eq!(out[5], None);
    }

    #[test]
    fn a_forms_field_value_that_ran_onto_the_next_lines() {
        let text = [
            "Noteringar     Anteckningarna gicks igenom. Bollebygd har redan",
            "               lämnat sin statistik om placeringar",
            "               till Sjuhäradskontoret.",
            "Beslut         –",
        ];
        let out = join_cells(&text);
        assert_eq!(
            out[0].as_deref(),
            Some(
                "Noteringar   Anteckningarna gicks igenom. Bollebygd har redan lämnat sin statistik om placeringar till Sjuhäradskontoret."
            )
        );
        assert_eq!((out[1].as_deref(), out[2].as_deref()), (None, None));
        assert_eq!(out[3].as_deref(), Some(text[3]));
    }

    #[test]
    fn a_label_column_and_prose_are_left_alone() {
        let text = [
            "Ledamöter            Bo Ek (S), Eva Ek (M),",
            "                     Olle Berg (C)",
            "Vi gick igenom läget   och   beslutade om det.",
            "        Ett indrag som inte står i någon kolumn.",
        ];
        let out = join_cells(&text);
        assert!(
            out.iter().zip(text).all(|(o, t)| o.as_deref() == Some(t)),
            "{out:?}"
        );
    }
}
