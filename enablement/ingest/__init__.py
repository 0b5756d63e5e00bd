"""Import pipeline: file extractors (Qt-free) and the pipeline that stores their output.

`registry.extract_file(path)` turns one file into an `ExtractedDoc` or raises
`Rejected(reason)`; `language.detect_language` guesses ru/en/mixed.
"""
