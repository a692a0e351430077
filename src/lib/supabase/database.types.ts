// Generated from supabase/migrations by scripts/generate-types.ts (npm run types). Do not edit.
export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  public: {
    Tables: {
      advisor_listings: {
        Row: {
          user_id: string
          profession: string
          firm: string | null
          city: string
          about: string
          contact: string
          listed_at: string
          updated_at: string
        }
        Insert: {
          user_id: string
          profession: string
          firm?: string | null
          city: string
          about: string
          contact: string
          listed_at?: string
          updated_at?: string
        }
        Update: {
          user_id?: string
          profession?: string
          firm?: string | null
          city?: string
          about?: string
          contact?: string
          listed_at?: string
          updated_at?: string
        }
        Relationships: []
      }
      assessment_attempts: {
        Row: {
          id: string
          user_id: string
          course_id: string
          started_at: string
          expires_at: string
          submitted_at: string | null
          answers: Json | null
          correct: number | null
          total: number
          score_percent: number | null
          passed: boolean | null
          pass_percent: number
        }
        Insert: {
          id?: string
          user_id: string
          course_id: string
          started_at?: string
          expires_at: string
          submitted_at?: string | null
          answers?: Json | null
          correct?: number | null
          total: number
          score_percent?: number | null
          passed?: boolean | null
          pass_percent: number
        }
        Update: {
          id?: string
          user_id?: string
          course_id?: string
          started_at?: string
          expires_at?: string
          submitted_at?: string | null
          answers?: Json | null
          correct?: number | null
          total?: number
          score_percent?: number | null
          passed?: boolean | null
          pass_percent?: number
        }
        Relationships: []
      }
      businesses: {
        Row: {
          id: string
          owner_id: string | null
          slug: string
          name: string
          legal_form: string
          sector: string
          district: string
          offers: string[]
          rsv: boolean
          founded: number
          website: string | null
          cvr: string
          principles: string[]
          description: string
          published_at: string
          updated_at: string
          inclusive_jobs: string[]
        }
        Insert: {
          id?: string
          owner_id?: string | null
          slug: string
          name: string
          legal_form: string
          sector: string
          district: string
          offers: string[]
          rsv: boolean
          founded: number
          website?: string | null
          cvr: string
          principles: string[]
          description: string
          published_at?: string
          updated_at?: string
          inclusive_jobs?: string[]
        }
        Update: {
          id?: string
          owner_id?: string | null
          slug?: string
          name?: string
          legal_form?: string
          sector?: string
          district?: string
          offers?: string[]
          rsv?: boolean
          founded?: number
          website?: string | null
          cvr?: string
          principles?: string[]
          description?: string
          published_at?: string
          updated_at?: string
          inclusive_jobs?: string[]
        }
        Relationships: []
      }
      certificate_events: {
        Row: {
          id: number
          certificate_id: string
          action: string
          actor_id: string | null
          reason: string | null
          created_at: string
        }
        Insert: {
          id?: number
          certificate_id: string
          action: string
          actor_id?: string | null
          reason?: string | null
          created_at?: string
        }
        Update: {
          id?: number
          certificate_id?: string
          action?: string
          actor_id?: string | null
          reason?: string | null
          created_at?: string
        }
        Relationships: []
      }
      certificates: {
        Row: {
          id: string
          code: string
          user_id: string
          course_id: string
          participant_name: string
          course_title: string
          subject_area: string | null
          level: string
          hours: number
          started_on: string
          completed_on: string
          issued_at: string
          attempt_id: string | null
          passed_at: string
          score_percent: number
          revoked_at: string | null
          revoked_reason: string | null
          revoked_by: string | null
          course_lang: string
        }
        Insert: {
          id?: string
          code: string
          user_id: string
          course_id: string
          participant_name: string
          course_title: string
          subject_area?: string | null
          level: string
          hours: number
          started_on: string
          completed_on: string
          issued_at?: string
          attempt_id?: string | null
          passed_at: string
          score_percent: number
          revoked_at?: string | null
          revoked_reason?: string | null
          revoked_by?: string | null
          course_lang?: string
        }
        Update: {
          id?: string
          code?: string
          user_id?: string
          course_id?: string
          participant_name?: string
          course_title?: string
          subject_area?: string | null
          level?: string
          hours?: number
          started_on?: string
          completed_on?: string
          issued_at?: string
          attempt_id?: string | null
          passed_at?: string
          score_percent?: number
          revoked_at?: string | null
          revoked_reason?: string | null
          revoked_by?: string | null
          course_lang?: string
        }
        Relationships: []
      }
      courses: {
        Row: {
          id: string
          title: string
          level: string
          estimated_hours: number
          cpd_hours: number | null
          cpd_subject_area: string | null
          status: string
          synced_at: string
          lang: string
        }
        Insert: {
          id: string
          title: string
          level: string
          estimated_hours: number
          cpd_hours?: number | null
          cpd_subject_area?: string | null
          status: string
          synced_at?: string
          lang?: string
        }
        Update: {
          id?: string
          title?: string
          level?: string
          estimated_hours?: number
          cpd_hours?: number | null
          cpd_subject_area?: string | null
          status?: string
          synced_at?: string
          lang?: string
        }
        Relationships: []
      }
      events: {
        Row: {
          id: string
          submission_id: string | null
          slug: string
          title: string
          starts: string
          ends: string
          place_kind: string
          place_name: string | null
          address: string | null
          district: string | null
          online_url: string | null
          organiser_name: string
          organiser_business: string | null
          audiences: string[]
          price: number | null
          price_note: string | null
          sign_up_url: string | null
          description: string
          published_at: string
        }
        Insert: {
          id?: string
          submission_id?: string | null
          slug: string
          title: string
          starts: string
          ends: string
          place_kind: string
          place_name?: string | null
          address?: string | null
          district?: string | null
          online_url?: string | null
          organiser_name: string
          organiser_business?: string | null
          audiences: string[]
          price?: number | null
          price_note?: string | null
          sign_up_url?: string | null
          description: string
          published_at?: string
        }
        Update: {
          id?: string
          submission_id?: string | null
          slug?: string
          title?: string
          starts?: string
          ends?: string
          place_kind?: string
          place_name?: string | null
          address?: string | null
          district?: string | null
          online_url?: string | null
          organiser_name?: string
          organiser_business?: string | null
          audiences?: string[]
          price?: number | null
          price_note?: string | null
          sign_up_url?: string | null
          description?: string
          published_at?: string
        }
        Relationships: []
      }
      lesson_progress: {
        Row: {
          user_id: string
          lesson_id: string
          done_offline_at: string
          recorded_at: string
        }
        Insert: {
          user_id: string
          lesson_id: string
          done_offline_at: string
          recorded_at?: string
        }
        Update: {
          user_id?: string
          lesson_id?: string
          done_offline_at?: string
          recorded_at?: string
        }
        Relationships: []
      }
      lessons: {
        Row: {
          id: string
          course_id: string
          position: number
          title: string
          question_count: number
          status: string
          synced_at: string
        }
        Insert: {
          id: string
          course_id: string
          position: number
          title: string
          question_count?: number
          status: string
          synced_at?: string
        }
        Update: {
          id?: string
          course_id?: string
          position?: number
          title?: string
          question_count?: number
          status?: string
          synced_at?: string
        }
        Relationships: []
      }
      moderation_events: {
        Row: {
          id: number
          submission_id: string
          actor_id: string | null
          actor_role: string
          from_state: string | null
          to_state: string
          note: string | null
          created_at: string
        }
        Insert: {
          id?: number
          submission_id: string
          actor_id?: string | null
          actor_role: string
          from_state?: string | null
          to_state: string
          note?: string | null
          created_at?: string
        }
        Update: {
          id?: number
          submission_id?: string
          actor_id?: string | null
          actor_role?: string
          from_state?: string | null
          to_state?: string
          note?: string | null
          created_at?: string
        }
        Relationships: []
      }
      profiles: {
        Row: {
          user_id: string
          display_name: string | null
          profession: string | null
          created_at: string
          updated_at: string
        }
        Insert: {
          user_id: string
          display_name?: string | null
          profession?: string | null
          created_at?: string
          updated_at?: string
        }
        Update: {
          user_id?: string
          display_name?: string | null
          profession?: string | null
          created_at?: string
          updated_at?: string
        }
        Relationships: []
      }
      quiz_attempts: {
        Row: {
          id: string
          user_id: string
          lesson_id: string
          answers: Json
          correct: number
          total: number
          passed: boolean
          done_offline_at: string
          recorded_at: string
        }
        Insert: {
          id: string
          user_id: string
          lesson_id: string
          answers: Json
          correct: number
          total: number
          passed: boolean
          done_offline_at: string
          recorded_at?: string
        }
        Update: {
          id?: string
          user_id?: string
          lesson_id?: string
          answers?: Json
          correct?: number
          total?: number
          passed?: boolean
          done_offline_at?: string
          recorded_at?: string
        }
        Relationships: []
      }
      stories: {
        Row: {
          id: string
          submission_id: string | null
          slug: string
          title: string
          organisation: string
          legal_form: string
          sector: string
          district: string
          founded: number
          size: string
          size_band: string
          principles: string[]
          summary: string
          story: string
          lessons: string
          website: string | null
          published_at: string
        }
        Insert: {
          id?: string
          submission_id?: string | null
          slug: string
          title: string
          organisation: string
          legal_form: string
          sector: string
          district: string
          founded: number
          size: string
          size_band: string
          principles: string[]
          summary: string
          story: string
          lessons: string
          website?: string | null
          published_at?: string
        }
        Update: {
          id?: string
          submission_id?: string | null
          slug?: string
          title?: string
          organisation?: string
          legal_form?: string
          sector?: string
          district?: string
          founded?: number
          size?: string
          size_band?: string
          principles?: string[]
          summary?: string
          story?: string
          lessons?: string
          website?: string | null
          published_at?: string
        }
        Relationships: []
      }
      submissions: {
        Row: {
          id: string
          kind: string
          submitter_id: string | null
          state: string
          fields: Json
          business_id: string | null
          version: number
          editor_note: string | null
          reviewed_at: string | null
          submitted_at: string
          updated_at: string
        }
        Insert: {
          id?: string
          kind: string
          submitter_id?: string | null
          state?: string
          fields: Json
          business_id?: string | null
          version?: number
          editor_note?: string | null
          reviewed_at?: string | null
          submitted_at?: string
          updated_at?: string
        }
        Update: {
          id?: string
          kind?: string
          submitter_id?: string | null
          state?: string
          fields?: Json
          business_id?: string | null
          version?: number
          editor_note?: string | null
          reviewed_at?: string | null
          submitted_at?: string
          updated_at?: string
        }
        Relationships: []
      }
      user_roles: {
        Row: {
          user_id: string
          role: string
          granted_at: string
        }
        Insert: {
          user_id: string
          role: string
          granted_at?: string
        }
        Update: {
          user_id?: string
          role?: string
          granted_at?: string
        }
        Relationships: []
      }
    }
    Views: { [_ in never]: never }
    Functions: {
      assessment_overview: {
        Args: {
          p_course_id: string
        }
        Returns: Json
      }
      assessment_result: {
        Args: {
          p_attempt_id: string
        }
        Returns: Json
      }
      catalogue_lesson_ids: {
        Args: Record<PropertyKey, never>
        Returns: string[]
      }
      certificate_revocations: {
        Args: Record<PropertyKey, never>
        Returns: Json
      }
      delete_my_data: {
        Args: Record<PropertyKey, never>
        Returns: Json
      }
      editor_queue: {
        Args: {
          p_state?: string
          p_kind?: string
        }
        Returns: Json
      }
      export_my_data: {
        Args: Record<PropertyKey, never>
        Returns: Json
      }
      find_certificate: {
        Args: {
          p_code: string
        }
        Returns: Json
      }
      get_my_profile: {
        Args: Record<PropertyKey, never>
        Returns: Json
      }
      issue_certificate: {
        Args: {
          p_course_id: string
        }
        Returns: Json
      }
      list_advisors: {
        Args: Record<PropertyKey, never>
        Returns: Json
      }
      list_published_stories: {
        Args: Record<PropertyKey, never>
        Returns: Json
      }
      merge_guest_progress: {
        Args: {
          p_progress: Json
        }
        Returns: Json
      }
      my_advisor_listing: {
        Args: Record<PropertyKey, never>
        Returns: Json
      }
      my_business: {
        Args: Record<PropertyKey, never>
        Returns: Json
      }
      my_certificates: {
        Args: Record<PropertyKey, never>
        Returns: Json
      }
      my_progress: {
        Args: Record<PropertyKey, never>
        Returns: Json
      }
      my_submissions: {
        Args: Record<PropertyKey, never>
        Returns: Json
      }
      public_figures: {
        Args: Record<PropertyKey, never>
        Returns: Json
      }
      published_businesses: {
        Args: Record<PropertyKey, never>
        Returns: Json
      }
      published_events: {
        Args: Record<PropertyKey, never>
        Returns: Json
      }
      record_lesson_done: {
        Args: {
          p_lesson_id: string
          p_completed_at?: string
        }
        Returns: Json
      }
      record_quiz_attempt: {
        Args: {
          p_attempt_id: string
          p_lesson_id: string
          p_answers: Json
          p_attempted_at?: string
        }
        Returns: Json
      }
      remove_advisor_listing: {
        Args: Record<PropertyKey, never>
        Returns: boolean
      }
      report_error: {
        Args: {
          p_report: Json
        }
        Returns: Json
      }
      review_submission: {
        Args: {
          p_id: string
          p_version: number
          p_decision: string
          p_note?: string
        }
        Returns: Json
      }
      revoke_certificate: {
        Args: {
          p_code: string
          p_reason: string
        }
        Returns: Json
      }
      save_advisor_listing: {
        Args: {
          p_listing: Json
        }
        Returns: Json
      }
      start_assessment: {
        Args: {
          p_course_id: string
        }
        Returns: Json
      }
      submit_assessment: {
        Args: {
          p_attempt_id: string
          p_answers: Json
        }
        Returns: Json
      }
      submit_business: {
        Args: {
          p_business: Json
          p_business_id?: string
        }
        Returns: Json
      }
      submit_case_story: {
        Args: {
          p_submission: Json
        }
        Returns: Json
      }
      submit_event: {
        Args: {
          p_event: Json
        }
        Returns: Json
      }
      update_my_profile: {
        Args: {
          p_display_name: string
          p_profession: string
        }
        Returns: Json
      }
      update_submission: {
        Args: {
          p_id: string
          p_submission: Json
        }
        Returns: Json
      }
      verify_certificate: {
        Args: {
          p_code: string
        }
        Returns: Json
      }
      withdraw_submission: {
        Args: {
          p_id: string
        }
        Returns: Json
      }
    }
    Enums: { [_ in never]: never }
    CompositeTypes: { [_ in never]: never }
  }
}
