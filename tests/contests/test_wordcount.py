from stocktake.contests.wordcount import count_words


def test_words_are_counted_as_people_count_them():
    # Hyphenated words are one word; dashes, bullets and stray punctuation are none; numbers count.
    assert count_words("e-health — is one  word; 2026 counts . too") == 7
    assert count_words("• first\n• second") == 2
    assert count_words("Çalışma ünitesi") == 2
    assert count_words("") == 0 and count_words(None) == 0
