-- Quotes of anyone in the days around an occasion (words credited to another speaker) are found
-- through the date first, not through every quote sharing a common word.
create index quote_occasion_date_idx on quote (occasion_date);
