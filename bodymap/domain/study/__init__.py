"""Study: questions made from the dataset, answer scoring, and the review schedule."""
