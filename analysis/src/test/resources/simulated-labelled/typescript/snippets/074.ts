class GoogleKeywordPlannerService {
  async getSearchVolume(
    keywords: string[],
    _location: string = 'US'
  ): Promise<KeywordMetrics[]> {
    // TODO: Implement Google Ads API integration
    // const api = new GoogleAdsApi({ /* credentials */ });
    // const results = await api.keywordPlanIdeas({ keywords, location });
    
    console.warn('Google Keyword Planner API not yet configured. Returning mock data.');
    
    // Mock data for development
    return keywords.map(keyword => ({
      keyword,
      searchVolume: Math.floor(Math.random() * 5000) + 100,
      competition: ['low', 'medium', 'high'][Math.floor(Math.random() * 3)] as any,
      competitionScore: Math.floor(Math.random() * 100),
      cpc: Math.random() * 5 + 0.5,
      difficulty: Math.floor(Math.random() * 100),
      trend: ['rising', 'stable', 'declining'][Math.floor(Math.random() * 3)] as any
    }));
  }
}
