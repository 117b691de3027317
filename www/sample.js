// A made-up article for the "Sample article" button. Written for article-lens
// (no real event, no real article): it has attributed and partial quotes,
// people, organizations, places, dates, numbers, a photo caption and credit,
// a "read more" widget and a paragraph the scraper repeated, so every layer
// has something to show. Public domain (CC0).
export const SAMPLE_TITLE = 'Harbor town votes to rebuild its flooded library';

export const SAMPLE_TEXT = `MERRITON, Maine (Coastline News) — The town of Merriton will rebuild its public library on higher ground, the Select Board decided Tuesday, eight months after a winter storm pushed seawater through the building's lower floor.

The vote was 4-1. Board chair Dana Whitcombe said the new site, a former school lot on Ridge Road, would keep the collection "out of reach of the next storm, and the one after that."

“We lost about 11,000 books in one night,” Whitcombe said. “Nobody here wants to go through that again.”

The plan, estimated at $6.2 million, relies on a state resilience grant and a local bond. Town manager Luis Ortega told residents that the Maine Department of Environmental Protection had already reviewed the site.

Photo caption: Volunteers carry boxes of damaged books out of the Merriton Public Library on Jan. 14. (Photo by Priya Nair / Coastline News)

Not everyone agreed. Board member Frank Delaney, who cast the only vote against, called the cost "a lot of money for a town of 3,400 people" and asked whether the old building could be raised instead.

“Raising it buys us ten years, maybe,” replied architect Mei Tanaka, whose firm, Tanaka & Rowe, drew up both options. “Moving it buys us a century.”

The plan, estimated at $6.2 million, relies on a state resilience grant and a local bond. Town manager Luis Ortega told residents that the Maine Department of Environmental Protection had already reviewed the site.

Librarian Grace Holloway said the temporary branch in the fire station had kept story hours going for children since February. "The kids don't care where the shelves are," she said. "They care that we're open."

READ MORE: Storm damage along the coast, town by town

Construction could begin next spring and take about 18 months, according to Ortega. Residents will vote on the bond at the town meeting on June 3.

Copyright 2026 Coastline News. All rights reserved.`;
